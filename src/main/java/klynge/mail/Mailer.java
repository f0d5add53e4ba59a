package klynge.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail. Never throws for a mail problem: the caller has already saved its work and only
 * needs to know whether the message left, to tell the user "the e-mail could not be sent".
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${klynge.mail.from:klynge@localhost}") String from) {
		this.sender = sender;
		this.from = from;
	}

	/** @return true if the SMTP server accepted the message; false if there is no SMTP server or it failed. */
	public boolean send(MailMessage message) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.warn("No SMTP server configured (spring.mail.host): e-mail to {} with subject \"{}\" was not sent",
					message.to(), message.subject());
			return false;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(message.to());
		mail.setSubject(message.subject());
		mail.setText(message.text());
		try {
			smtp.send(mail);
			log.info("E-mail sent to {} with subject \"{}\"", message.to(), message.subject());
			return true;
		}
		catch (MailException ex) {
			log.error("E-mail to {} with subject \"{}\" could not be sent: {}", message.to(), message.subject(),
					ex.getMessage());
			return false;
		}
	}
}
