package klynge.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailerTests {

	static final MailMessage MESSAGE = new MailMessage("ola@example.org", "Invitasjon", "Hei Ola");

	@Test
	void withoutSmtpNothingIsSentAndTheAnswerIsFalse() {
		Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				"klynge@localhost");
		assertThat(mailer.send(MESSAGE)).isFalse();
	}

	@Test
	void sendsFromTheConfiguredAddress() {
		List<SimpleMailMessage> sent = new ArrayList<>();
		JavaMailSenderImpl smtp = new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				sent.addAll(List.of(messages));
			}
		};
		assertThat(mailer(smtp).send(MESSAGE)).isTrue();
		assertThat(sent).singleElement().satisfies(mail -> {
			assertThat(mail.getFrom()).isEqualTo("klynge@alrek.example.org");
			assertThat(mail.getTo()).containsExactly("ola@example.org");
			assertThat(mail.getSubject()).isEqualTo("Invitasjon");
			assertThat(mail.getText()).isEqualTo("Hei Ola");
		});
	}

	@Test
	void anSmtpFailureIsReportedAsFalseNotThrown() {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				throw new MailSendException("connection refused");
			}
		};
		assertThat(mailer(smtp).send(MESSAGE)).isFalse();
	}

	private static Mailer mailer(JavaMailSender smtp) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", smtp);
		return new Mailer(beans.getBeanProvider(JavaMailSender.class), "klynge@alrek.example.org");
	}
}
