package klynge.document;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.validation.profiles.ErrorArgument;
import org.verapdf.pdfa.validation.profiles.ErrorArgumentImpl;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.Reference;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import org.verapdf.pdfa.validation.profiles.Variable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * veraPDF's own PDF/A-2b profile (PDFA-2B.xml from veraPDF core), read without JAXB:
 * Spring Boot's dependency management replaces the JAXB 2 runtime veraPDF needs with JAXB
 * 4, so {@code Profiles.getVeraProfileDirectory()} cannot load. Same rules, same
 * validator.
 */
public final class VeraProfiles {

	private static ValidationProfile pdfa2b;

	private VeraProfiles() {
	}

	public static synchronized ValidationProfile pdfa2b() {
		if (pdfa2b == null) {
			pdfa2b = read("/org/verapdf/pdfa/validation/PDFA-2B.xml");
		}
		return pdfa2b;
	}

	static ValidationProfile read(String resource) {
		try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
			Element details = child(root, "details");
			Set<Rule> rules = new HashSet<>();
			for (Element rule : children(child(root, "rules"), "rule")) {
				Element id = child(rule, "id");
				Element error = child(rule, "error");
				List<ErrorArgument> arguments = new ArrayList<>();
				Element args = child(error, "arguments");
				if (args != null) {
					for (Element argument : children(args, "argument")) {
						arguments.add(ErrorArgumentImpl.fromValues(argument.getTextContent(), null, null));
					}
				}
				List<Reference> references = new ArrayList<>();
				Element refs = child(rule, "references");
				if (refs != null) {
					for (Element reference : children(refs, "reference")) {
						references.add(Profiles.referenceFromValues(reference.getAttribute("specification"),
								reference.getAttribute("clause")));
					}
				}
				String deferred = rule.getAttribute("deferred");
				String tags = rule.getAttribute("tags");
				rules.add(Profiles.ruleFromValues(
						Profiles.ruleIdFromValues(PDFAFlavour.Specification.valueOf(id.getAttribute("specification")),
								id.getAttribute("clause"), Integer.parseInt(id.getAttribute("testNumber"))),
						rule.getAttribute("object"), deferred.isEmpty() ? null : Boolean.valueOf(deferred),
						tags.isEmpty() ? null : tags, text(rule, "description"), text(rule, "test"),
						Profiles.errorFromValues(text(error, "message"), arguments), references));
			}
			Set<Variable> variables = new HashSet<>();
			Element vars = child(root, "variables");
			if (vars != null) {
				for (Element variable : children(vars, "variable")) {
					variables.add(Profiles.variableFromValues(variable.getAttribute("name"),
							variable.getAttribute("object"), text(variable, "defaultValue"), text(variable, "value")));
				}
			}
			return Profiles.profileFromValues(PDFAFlavour.valueOf(root.getAttribute("flavour")),
					Profiles.profileDetailsFromValues(text(details, "name"), text(details, "description"),
							details.getAttribute("creator"), new Date()),
					text(root, "hash"), rules, variables);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read the veraPDF profile " + resource, ex);
		}
	}

	private static String text(Element parent, String name) {
		Element child = child(parent, name);
		return child == null ? "" : child.getTextContent();
	}

	private static Element child(Element parent, String name) {
		List<Element> all = children(parent, name);
		return all.isEmpty() ? null : all.getFirst();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> list = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && name.equals(element.getTagName())) {
				list.add(element);
			}
		}
		return list;
	}

}
