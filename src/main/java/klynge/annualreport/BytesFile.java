package klynge.annualreport;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** A file made by the server, handed to meeting's upload as if uploaded. */
record BytesFile(String name, String type, byte[] bytes) implements MultipartFile {

	@Override
	public String getName() {
		return "file";
	}

	@Override
	public String getOriginalFilename() {
		return name;
	}

	@Override
	public String getContentType() {
		return type;
	}

	@Override
	public boolean isEmpty() {
		return bytes.length == 0;
	}

	@Override
	public long getSize() {
		return bytes.length;
	}

	@Override
	public byte[] getBytes() {
		return bytes.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(bytes);
	}

	@Override
	public void transferTo(File dest) {
		throw new UnsupportedOperationException("kept in memory");
	}

}
