package klynge.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import klynge.meeting.Viewer;

/**
 * The demo data's stable ids ({@code md5('meeting:pm-2023-03-27')::uuid}) and the
 * audiences.
 */
final class SeedMeetings {

	static final UUID PARTNERMOTET = id("meeting:pm-2023-03-27");

	static final UUID ARBEIDSGRUPPEN = id("meeting:ag-2021-06-03");

	/**
	 * Styringsgruppen 20.03.2023, with the exempt item 10-23 "Tilsetting i sekretariatet"
	 * (Personalsak).
	 */
	static final UUID STYRINGSGRUPPEN = id("meeting:sg-2023-03-20");

	static final Viewer STAFF = new Viewer(null, true, false, true);

	static final Viewer ANONYMOUS = Viewer.ANONYMOUS;

	private SeedMeetings() {
	}

	static UUID id(String key) {
		try {
			String hex = HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8)));
			return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
					+ hex.substring(16, 20) + "-" + hex.substring(20));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
