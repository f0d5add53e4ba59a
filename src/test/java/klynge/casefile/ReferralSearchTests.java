package klynge.casefile;

import static klynge.search.SearchProbe.ALREK;
import static org.assertj.core.api.Assertions.assertThat;

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
		tag = SearchProbe.uniqueWord();
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
		search = SearchProbe.rebuilt(mvc, index);
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
