package klynge.annualreport;

/** The formats a report exports to. */
enum ExportFormat {

	PDF("pdf", "application/pdf"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	final String extension;

	final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

}
