package klynge.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link MeetingDocument} to PDF/A-2b (tagged, PDF/UA where openhtmltopdf
 * allows): Thymeleaf writes XHTML from {@code templates/document/minutes-pdf.html},
 * openhtmltopdf lays it out with the embedded DejaVu fonts and an sRGB output intent.
 */
@Component
class PdfDocuments {

	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final String css;

	private final byte[] regular = font("DejaVuSans.ttf");

	private final byte[] bold = font("DejaVuSans-Bold.ttf");

	private final byte[] italic = font("DejaVuSans-Oblique.ttf");

	private final byte[] boldItalic = font("DejaVuSans-BoldOblique.ttf");

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
		this.css = read("document/minutes-pdf.css");
	}

	byte[] render(MeetingDocument document, String pageWord, String ofWord) {
		return pdf(xhtml(document, pageWord, ofWord));
	}

	/**
	 * Any XHTML laid out as PDF/A-2b with the same fonts, colour profile and offline
	 * rule.
	 */
	byte[] pdf(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
		builder.usePdfUaAccessbility(true);
		builder.useColorProfile(srgb);
		builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(italic), FONT, 400, FontStyle.ITALIC, true);
		builder.useFont(() -> new ByteArrayInputStream(boldItalic), FONT, 700, FontStyle.ITALIC, true);
		offline(builder);
		builder.withHtmlContent(html, "about:blank");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The renderer fetches nothing: fonts and CSS are handed over in memory and the logo
	 * is a data URI, so every other address (http, https, file, ftp, jar, …) is refused
	 * before and after resolving, and the stream factories answer nothing should a
	 * resource get past that. A Markdown image in the minutes pointing at an internal
	 * host would otherwise be requested by the server on every download.
	 */
	static void offline(PdfRendererBuilder builder) {
		builder.useExternalResourceAccessControl(PdfDocuments::ownResource,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl(PdfDocuments::ownResource,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		FSStreamFactory nothing = uri -> new FSStream() {

			@Override
			public InputStream getStream() {
				return null;
			}

			@Override
			public Reader getReader() {
				return null;
			}
		};
		builder.useHttpStreamImplementation(nothing);
		builder.useProtocolsStreamImplementation(nothing, "http", "https", "file", "ftp", "jar", "jrt", "mailto",
				"gopher", "classpath", "about");
	}

	static boolean ownResource(String uri, ExternalResourceType type) {
		return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
	}

	/** The XHTML handed to openhtmltopdf. */
	String xhtml(MeetingDocument document, String pageWord, String ofWord) {
		Context context = new Context(document.locale());
		context.setVariable("doc", document);
		context.setVariable("css",
				css.replace("%PRIMARY%", document.primaryColour())
					.replace("%SECONDARY%", document.secondaryColour())
					.replace("%PAGE%", cssString(pageWord))
					.replace("%OF%", cssString(ofWord))
					.replace("%NAME%", cssString(document.name())));
		context.setVariable("logo", document.logoPng() == null ? null
				: "data:image/png;base64," + Base64.getEncoder().encodeToString(document.logoPng()));
		return templates.process("document/minutes-pdf", context);
	}

	private static String cssString(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
	}

	private static byte[] font(String name) {
		try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
