package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One way to tell an htmx request from a page load: an {@code HtmxRequest} parameter of
 * the handler. Neither a raw HX-Request header parameter nor a separate
 * {@code @HxRequest} handler.
 */
@KlyngeIntegrationTest
class HtmxDetectionTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void handlersAskHtmxRequestAndNothingElse() {
		List<String> otherWays = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), HxRequest.class)) {
				otherWays.add(handler.getShortLogMessage() + " is an @HxRequest handler");
			}
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
				if (header != null && header.name().toLowerCase().contains("hx-")) {
					otherWays.add(handler.getShortLogMessage() + " reads the " + header.name() + " header itself");
				}
			}
		});
		assertThat(otherWays).as("take an HtmxRequest parameter instead").isEmpty();
	}

}
