package klynge.security;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The administrator's form of a single sign-on provider. The secret is write-only: the
 * form never carries the stored one back, and left empty on an edit it keeps it.
 */
public class SignOnForm {

	@NotBlank
	@Size(max = 100)
	private String name = "";

	@NotBlank
	@Size(max = 500)
	private String issuer = "";

	@NotBlank
	@Size(max = 200)
	private String clientId = "";

	@Size(max = 500)
	private String clientSecret = "";

	@Size(max = 100)
	@Pattern(regexp = "[A-Za-z0-9_.:/-]*", message = "{signOn.emailClaim.invalid}")
	private String emailClaim = "email";

	private boolean trustsEmail;

	private int version;

	static SignOnForm of(SignOnProvider provider) {
		SignOnForm form = new SignOnForm();
		form.name = provider.name();
		form.issuer = provider.issuer();
		form.clientId = provider.clientId();
		form.emailClaim = provider.emailClaim();
		form.trustsEmail = provider.trustsEmail();
		form.version = provider.version();
		return form;
	}

	/**
	 * OpenID Connect asks for an https issuer; plain http only on this machine (a
	 * provider on localhost for trying out, and the tests).
	 */
	boolean issuerAllowed() {
		if (issuer == null || issuer.isBlank()) {
			return true; // @NotBlank says so
		}
		try {
			URI uri = URI.create(issuer.strip());
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
			return uri.getQuery() == null && uri.getFragment() == null && !host.isEmpty()
					&& ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback));
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	/** The issuer as discovery needs it: without a trailing slash. */
	String issuer() {
		String stripped = issuer.strip();
		return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	String emailClaim() {
		return emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getClientId() {
		return clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getClientSecret() {
		return clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public String getEmailClaim() {
		return emailClaim;
	}

	public void setEmailClaim(String emailClaim) {
		this.emailClaim = emailClaim;
	}

	public boolean isTrustsEmail() {
		return trustsEmail;
	}

	public void setTrustsEmail(boolean trustsEmail) {
		this.trustsEmail = trustsEmail;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
