package klynge.shared;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * The one way an HTML form is submitted: a valid form is saved; a field the form rejects,
 * or a {@link RuleViolation} of the service, shows the form again with 422 and the
 * message beside its field. Controllers no longer catch RuleViolation or set the status
 * themselves.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * @param save does the work and returns the view after success (usually a redirect)
	 * @param form the view that shows the form again, with {@code errors}
	 */
	public static String submit(BindingResult errors, HttpServletResponse response, Supplier<String> save,
			Supplier<String> form) {
		if (!errors.hasErrors()) {
			try {
				return save.get();
			}
			catch (RuleViolation violation) {
				violation.applyTo(errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form.get();
	}

	/**
	 * A form without fields to bind (a button, a single value): a {@link RuleViolation}
	 * of the service shows {@code refused} (given the violation, for its message) with
	 * 422.
	 */
	public static String submit(HttpServletResponse response, Supplier<String> save,
			Function<RuleViolation, String> refused) {
		try {
			return save.get();
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return refused.apply(violation);
		}
	}

}
