package klynge.annualreport;

import java.util.UUID;

/** An export being built or built: its progress, and whether the file is there. */
record ReportExport(UUID id, UUID reportId, ExportFormat format, String status, int percent, String step,
		String fileName) {

	public boolean done() {
		return "DONE".equals(status);
	}

	public boolean failed() {
		return "FAILED".equals(status);
	}

}
