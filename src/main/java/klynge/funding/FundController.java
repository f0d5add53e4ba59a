package klynge.funding;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The funds: the list with each fund's frame, and the form for staff. */
@Controller
class FundController {

	private final Funds funds;

	FundController(Funds funds) {
		this.funds = funds;
	}

	@GetMapping("/funds")
	String list(Model model) {
		model.addAttribute("funds", funds.list());
		model.addAttribute("fundsService", funds);
		return "funding/funds";
	}

	@GetMapping("/funds/new")
	String create(Model model) {
		model.addAttribute("form", FundForm.empty());
		return form(model, null);
	}

	@PostMapping("/funds")
	String add(@Valid @ModelAttribute("form") FundForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return Forms.submit(errors, response, () -> {
			funds.create(form);
			return "redirect:/funds";
		}, () -> form(model, null));
	}

	@GetMapping("/funds/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("form", FundForm.of(fund));
		return form(model, fund);
	}

	@PostMapping("/funds/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") FundForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		Fund fund = funds.get(id);
		try {
			return Forms.submit(errors, response, () -> {
				funds.update(id, form, form.version() == null ? fund.version() : form.version());
				return "redirect:/funds";
			}, () -> form(model, fund));
		}
		catch (EditConflict conflict) {
			errors.reject("funding.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, funds.get(id));
		}
	}

	private String form(Model model, Fund fund) {
		model.addAttribute("fund", fund);
		model.addAttribute("kinds", FundKind.values());
		return "funding/fund-form";
	}

}
