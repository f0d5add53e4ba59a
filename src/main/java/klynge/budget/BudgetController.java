package klynge.budget;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import klynge.organisation.OrganisationType;
import klynge.shared.Csv;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The budget pages: the list, a budget with its alternatives side by side (and, for
 * staff, the forms that change it, put it on an agenda and record its adoption), and the
 * follow-through (invoices, actuals, chart, exports). Every form answers
 * Post/Redirect/Get; a refusal shows the page again with 422 and the message at the form
 * that was refused.
 */
@Controller
@RequestMapping("/budgets")
class BudgetController {

	private final Budgets budgets;

	private final BudgetExports exports;

	private final BudgetChart chart;

	private final BudgetTable table;

	private final BudgetAnchoring anchoring;

	BudgetController(Budgets budgets, BudgetExports exports, BudgetChart chart, BudgetTable table,
			BudgetAnchoring anchoring) {
		this.budgets = budgets;
		this.anchoring = anchoring;
		this.table = table;
		this.exports = exports;
		this.chart = chart;
	}

	/** Which form a refusal belongs to, and what it says. */
	public record Refusal(String form, String messageKey, Object[] arguments, String field) {

		static Refusal of(String form, RuleViolation violation) {
			return new Refusal(form, violation.messageKey(), violation.arguments(), violation.field());
		}

		public boolean at(String name) {
			return form.equals(name);
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("budgets", budgets.list());
		model.addAttribute("mayEdit", budgets.mayEdit());
		model.addAttribute("nextYear", budgets.nextYear());
		return "budget/list";
	}

	@PostMapping
	String create(@RequestParam(required = false) String year, @RequestParam(required = false) String title,
			Model model, HttpServletResponse response) {
		try {
			UUID id = budgets.create(year(year), title);
			return "redirect:/budgets/" + id;
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", Refusal.of("create", violation));
			model.addAttribute("typedYear", year);
			model.addAttribute("typedTitle", title);
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String page(@PathVariable UUID id, Model model) {
		BudgetSheet sheet = budgets.sheet(id);
		model.addAttribute("sheet", sheet);
		model.addAttribute("mayEdit", budgets.mayEdit());
		model.addAttribute("table", table.of(sheet));
		model.addAttribute("anchoring", anchoring.of(id).orElse(null));
		if (budgets.mayEdit()) {
			model.addAttribute("kinds", LineKind.values());
			model.addAttribute("directions", Direction.values());
			model.addAttribute("sharings", Sharing.values());
			model.addAttribute("categories", OrganisationType.values());
			model.addAttribute("organisations", budgets.organisations(sheet.budget().year()));
			model.addAttribute("meetings", budgets.comingMeetings());
		}
		return "budget/page";
	}

	@PostMapping("/{id}/settings")
	String settings(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) Sharing sharing, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "0") int version, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		return act(id, "settings", model, response, () -> {
			Map<String, BigDecimal> weights = new LinkedHashMap<>();
			params.forEach((name, value) -> {
				if (name.startsWith("weight.") && value != null && !value.isBlank()) {
					String category = name.substring("weight.".length());
					Budgets.category(category);
					weights.put(category, weight(value));
				}
			});
			budgets.updateSettings(id, title, sharing == null ? Sharing.EQUAL : sharing, weights, version, reason);
			return "#settings";
		});
	}

	@PostMapping("/{id}/lines")
	String addLine(@PathVariable UUID id, @RequestParam(required = false) LineKind kind,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) String name,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		return act(id, "line-new", model, response, () -> {
			budgets.addLine(id, kind, direction, name, Money.parse(amount, "amount"), reason);
			return "#lines";
		});
	}

	@PostMapping("/{id}/lines/{lineId}")
	String updateLine(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam(required = false) LineKind kind,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) String name,
			@RequestParam(required = false) String amount, @RequestParam(defaultValue = "0") int version,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		requireLineOf(id, lineId);
		return act(id, "line-" + lineId, model, response, () -> {
			budgets.updateLine(lineId, kind, direction, name, Money.parse(amount, "amount"), version, reason);
			return "#lines";
		});
	}

	@PostMapping("/{id}/lines/{lineId}/delete")
	String deleteLine(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response) {
		requireLineOf(id, lineId);
		return act(id, "line-" + lineId, model, response, () -> {
			budgets.deleteLine(lineId, reason);
			return "#lines";
		});
	}

	@PostMapping("/{id}/alternatives")
	String addAlternative(@PathVariable UUID id, @RequestParam(required = false) String letter,
			@RequestParam(required = false) String collaborationFunds, @RequestParam(required = false) String note,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		return act(id, "alternative-new", model, response, () -> {
			budgets.addAlternative(id, letter, Money.parse(collaborationFunds, "collaborationFunds"), note, reason);
			return "#alternatives";
		});
	}

	@PostMapping("/{id}/alternatives/{alternativeId}")
	String updateAlternative(@PathVariable UUID id, @PathVariable UUID alternativeId,
			@RequestParam(required = false) String collaborationFunds, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "0") int version, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		requireAlternativeOf(id, alternativeId);
		return act(id, "alternative-" + alternativeId, model, response, () -> {
			budgets.updateAlternative(alternativeId, Money.parse(collaborationFunds, "collaborationFunds"), note,
					version, reason);
			return "#alternatives";
		});
	}

	@PostMapping("/{id}/alternatives/{alternativeId}/delete")
	String deleteAlternative(@PathVariable UUID id, @PathVariable UUID alternativeId, Model model,
			HttpServletResponse response) {
		requireAlternativeOf(id, alternativeId);
		return act(id, "alternative-" + alternativeId, model, response, () -> {
			budgets.deleteAlternative(alternativeId);
			return "#alternatives";
		});
	}

	@PostMapping("/{id}/partners")
	String addPartner(@PathVariable UUID id, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		return act(id, "partner-new", model, response, () -> {
			if (organisationId == null) {
				throw new RuleViolation("organisationId", "budget.partner.unknown");
			}
			budgets.addPartner(id, organisationId, reason);
			return "#partners";
		});
	}

	@PostMapping("/{id}/partners/{partnerId}")
	String setCategory(@PathVariable UUID id, @PathVariable UUID partnerId,
			@RequestParam(required = false) String category, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		requirePartnerOf(id, partnerId);
		return act(id, "partner-" + partnerId, model, response, () -> {
			budgets.setCategory(partnerId, category, reason);
			return "#partners";
		});
	}

	@PostMapping("/{id}/partners/{partnerId}/delete")
	String removePartner(@PathVariable UUID id, @PathVariable UUID partnerId,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		requirePartnerOf(id, partnerId);
		return act(id, "partner-" + partnerId, model, response, () -> {
			budgets.removePartner(partnerId, reason);
			return "#partners";
		});
	}

	/**
	 * {@code target}: "meeting:<id>" for a new item, "item:<id>" for an item already
	 * there.
	 */
	@PostMapping("/{id}/agenda")
	String putOnAgenda(@PathVariable UUID id, @RequestParam(required = false) String target, Model model,
			HttpServletResponse response) {
		return act(id, "agenda", model, response, () -> {
			UUID meetingId = null;
			UUID itemId = null;
			try {
				if (target != null && target.startsWith("meeting:")) {
					meetingId = UUID.fromString(target.substring("meeting:".length()));
				}
				else if (target != null && target.startsWith("item:")) {
					itemId = UUID.fromString(target.substring("item:".length()));
				}
			}
			catch (IllegalArgumentException notAnId) {
				throw new RuleViolation("target", "budget.agenda.choose");
			}
			if (meetingId == null && itemId == null) {
				throw new RuleViolation("target", "budget.agenda.choose");
			}
			budgets.putOnAgenda(id, meetingId, itemId);
			return "#agenda";
		});
	}

	@PostMapping("/{id}/adopt")
	String adopt(@PathVariable UUID id, @RequestParam(required = false) UUID alternativeId,
			@RequestParam(required = false) UUID itemId, @RequestParam(required = false) String conditions, Model model,
			HttpServletResponse response) {
		return act(id, "adopt", model, response, () -> {
			budgets.adopt(id, alternativeId, itemId, conditions);
			return "";
		});
	}

	/**
	 * "Be om forankring": a written request to every paying partner of the adopted
	 * budget.
	 */
	@PostMapping("/{id}/anchoring")
	String anchor(@PathVariable UUID id, @RequestParam(required = false) String answerBy, Model model,
			HttpServletResponse response) {
		return act(id, "anchoring", model, response, () -> {
			anchoring.request(id, answerDate(answerBy));
			return "#anchoring";
		});
	}

	private static java.time.LocalDate answerDate(String text) {
		try {
			return java.time.LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new RuleViolation("answerBy", "budget.anchoring.answerBy.invalid");
		}
	}

	// follow-through

	@GetMapping("/{id}/follow-up")
	String followUp(@PathVariable UUID id, Model model) {
		BudgetSheet sheet = budgets.sheet(id);
		if (!sheet.budget().adopted()) {
			throw new NotFoundException("budget-follow-up", id);
		}
		model.addAttribute("sheet", sheet);
		model.addAttribute("mayEdit", budgets.mayEdit());
		model.addAttribute("chart", chart.of(sheet));
		return "budget/follow-up";
	}

	@PostMapping("/{id}/invoices/{partnerId}")
	String invoice(@PathVariable UUID id, @PathVariable UUID partnerId,
			@RequestParam(required = false) String invoicedOn, @RequestParam(required = false) String paidOn,
			@RequestParam(defaultValue = "0") int version, Model model, HttpServletResponse response) {
		requirePartnerOf(id, partnerId);
		return followUpAct(id, "invoice-" + partnerId, model, response, () -> budgets.recordInvoice(partnerId,
				date(invoicedOn, "invoicedOn"), date(paidOn, "paidOn"), version));
	}

	@PostMapping("/{id}/actuals/{lineId}")
	String actual(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam(required = false) String actual,
			Model model, HttpServletResponse response) {
		requireLineOf(id, lineId);
		return followUpAct(id, "actual-" + lineId, model, response,
				() -> budgets.recordActual(lineId, Money.parse(actual, "actual")));
	}

	@GetMapping("/{id}/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		BudgetSheet sheet = budgets.sheet(id);
		return file(exports.csv(sheet, locale).getBytes(StandardCharsets.UTF_8),
				MediaType.parseMediaType(Csv.MEDIA_TYPE), exports.fileName(sheet, "csv"));
	}

	@GetMapping("/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		BudgetSheet sheet = budgets.sheet(id);
		return file(exports.xlsx(sheet, locale),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				exports.fileName(sheet, "xlsx"));
	}

	// helpers

	private String act(UUID id, String form, Model model, HttpServletResponse response, Supplier<String> work) {
		budgets.budget(id);
		try {
			String anchor = work.get();
			return "redirect:/budgets/" + id + anchor;
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", Refusal.of(form, violation));
			return page(id, model);
		}
	}

	private String followUpAct(UUID id, String form, Model model, HttpServletResponse response, Runnable work) {
		budgets.budget(id);
		try {
			work.run();
			return "redirect:/budgets/" + id + "/follow-up";
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", Refusal.of(form, violation));
			return followUp(id, model);
		}
	}

	private void requireLineOf(UUID budgetId, UUID lineId) {
		if (!budgets.line(lineId).budgetId().equals(budgetId)) {
			throw new NotFoundException("budget-line", lineId);
		}
	}

	private void requireAlternativeOf(UUID budgetId, UUID alternativeId) {
		if (!budgets.alternative(alternativeId).budgetId().equals(budgetId)) {
			throw new NotFoundException("budget-alternative", alternativeId);
		}
	}

	private void requirePartnerOf(UUID budgetId, UUID partnerId) {
		if (!budgets.partnerRow(partnerId).budgetId().equals(budgetId)) {
			throw new NotFoundException("budget-partner", partnerId);
		}
	}

	static int year(String text) {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		}
		catch (NumberFormatException notAYear) {
			throw new RuleViolation("year", "budget.year.invalid");
		}
	}

	static BigDecimal weight(String text) {
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			throw new RuleViolation("weights", "budget.weight.invalid");
		}
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new RuleViolation(field, "budget.date.invalid");
		}
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

}
