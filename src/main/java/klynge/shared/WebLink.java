package klynge.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field holding a link by the rule of {@link WebLinks}; empty passes (say
 * {@code @NotBlank} where a link is required). {@code sitePaths} also allows "/…" on this
 * site.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebLink.Validator.class)
public @interface WebLink {

	String message();

	boolean sitePaths() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the field by {@link WebLinks}. */
	class Validator implements ConstraintValidator<WebLink, String> {

		private boolean sitePaths;

		@Override
		public void initialize(WebLink annotation) {
			this.sitePaths = annotation.sitePaths();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String link = value.strip();
			return sitePaths ? WebLinks.isLink(link) : WebLinks.isWebAddress(link);
		}

	}

}
