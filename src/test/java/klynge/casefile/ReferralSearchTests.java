package klynge.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.search.SearchIndex;
import klynge.search.SearchProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Referrals in search, with their own access through meeting's rule: a public referral of
 * approved minutes is found by everyone and leads to the referring item; a members-only
 * or exempt one only by staff (never a word of it by others), and one made at a meeting
 * whose minutes are not approved yet not by the public; the other cluster finds none of
 * it.
 */
@KlyngeIntegrationTest
class ReferralSearchTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	SearchProbe search;

	String tag;

	String approvedItem;

	@BeforeEach
	void referrals() {
		tag = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		approvedItem = uuid("item:ag-2021-06-03/22");
		assertThat(jdbc.sql("""
				select m.status from meeting m join agenda_item i on i.cluster_id = m.cluster_id and i.meeting_id = m.id
				where i.id = ?::uuid""").param(approvedItem).query(String.class).single())
			.isEqualTo("MINUTES_APPROVED");
		referral(approvedItem, "Oversendes " + tag + "offentlig", "PUBLIC", null, null);
		referral(approvedItem, "Oversendes " + tag + "medlem", "MEMBERS", null, null);
		referral(approvedItem, "Oversendes " + tag + "unntatt", "EXEMPT", "Offl. § 14", "Oversendt sak");
		referral(uuid("item:pm-2023-03-27/02"), "Oversendes " + tag + "utkast", "PUBLIC", null, null);
		// a public referral of an item that is exempt (made so after it was referred)
		referral(uuid("item:sg-2023-03-20/10"), "Oversendes " + tag + "personal", "PUBLIC", null, null);
		index.rebuild(ALREK);
		index.rebuild(NORD);
		search = new SearchProbe(mvc);
	}

	@AfterEach
	void remove() {
		jdbc.sql("delete from referral where cluster_id = ? and description like ?")
			.params(ALREK, "Oversendes " + tag + "%")
			.update();
		index.rebuild(ALREK);
	}

	String uuid(String key) {
		return jdbc.sql("select md5(?)::uuid::text").param(key).query(String.class).single();
	}

	void referral(String item, String description, String access, String basis, String publicTitle) {
		jdbc.sql("""
				insert into referral (cluster_id, from_item_id, to_body_id, description, access, exemption_basis,
				                      public_title)
				values (?, ?::uuid, (select body_id from body_name where cluster_id = ? and name = 'Styringsgruppen'
				                     order by valid_from desc limit 1), ?, ?, ?, ?)""")
			.params(ALREK, item, ALREK, description, access, basis, publicTitle)
			.update();
	}

	@Test
	void aPublicReferralIsFoundByEveryoneAtItsItem() throws Exception {
		assertThat(search.urls(null, tag + "offentlig", null)).singleElement()
			.satisfies(url -> assertThat(url).endsWith("#item-" + approvedItem));
		assertThat(search.urls("sekretariat", tag + "offentlig", "ITEM")).hasSize(1);
	}

	@Test
	void aRestrictedReferralIsFoundOnlyByThoseWhoMayReadIt() throws Exception {
		for (String word : new String[] { "medlem", "unntatt", "utkast", "personal" }) {
			assertThat(search.urls("sekretariat", tag + word, null)).as(word).hasSize(1);
			assertThat(search.json(null, tag + word, null)).as(word).contains("\"total\":0");
			assertThat(search.json("soker", tag + word, null)).as(word).contains("\"total\":0");
			assertThat(search.json("nord", tag + word, null)).as(word).contains("\"total\":0");
		}
	}

}
