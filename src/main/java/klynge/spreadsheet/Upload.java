package klynge.spreadsheet;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The file an administrator previewed, kept in their session until they commit it: only
 * for the cluster it was read for, and only while it is the file the preview showed.
 */
record Upload(UUID clusterId, String fileName, byte[] content) implements Serializable {

	static final String SESSION_KEY = Upload.class.getName();

	String digest() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
