package klynge.meeting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link MeetingPart.Phrase} in the reader's language: the page's
 * ({@code @meetingTexts.text(p)}) or a document's.
 */
@Component("meetingTexts")
public class MeetingTexts {

	private final MessageSource messages;

	MeetingTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(MeetingPart.Phrase phrase) {
		return text(phrase, LocaleContextHolder.getLocale());
	}

	public String text(MeetingPart.Phrase phrase, Locale locale) {
		if (phrase.key() == null) {
			return phrase.text();
		}
		Object[] args = phrase.args()
			.stream()
			.map(arg -> arg instanceof MeetingPart.Phrase inner ? text(inner, locale) : arg)
			.toArray();
		return messages.getMessage(phrase.key(), args, locale);
	}

	/** A line's phrases joined by spaces. */
	public String text(MeetingPart.Line line, Locale locale) {
		return String.join(" ", line.phrases().stream().map(p -> text(p, locale)).toList());
	}

	public String text(MeetingPart.Line line) {
		return text(line, LocaleContextHolder.getLocale());
	}

}
