package org.haven.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: list users, create and change them, deactivate and reactivate them. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final UserService users;
    private final OrgUnitDirectory orgUnits;
    private final PartnerChoices partners;

    UserAdminController(UserService users, OrgUnitDirectory orgUnits, PartnerChoices partners) {
        this.partners = partners;
        this.users = users;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("countryNames", countryNames());
        return "user/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(model, null, emptyForm(), Map.of(), false);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UserAccount a = users.get(id);
        UserForm form = new UserForm(a.username(), a.displayName(), a.email(), null, a.roles(), a.countries(),
                a.partnerCode(), a.version());
        return form(model, a, form, Map.of(), false);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, List<String>> errors = errors(binding);
        UserForm submitted = form == null ? emptyForm() : form;
        if (errors.isEmpty()) {
            try {
                UserAccount created = users.create(submitted);
                redirect.addFlashAttribute("flashKey", "user.flash.created");
                redirect.addFlashAttribute("flashArg", created.username());
                return "redirect:/admin/users";
            } catch (InvalidInputException e) {
                addProblems(errors, e.problems());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, null, submitted, errors, false);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = users.get(id);
        Map<String, List<String>> errors = errors(binding);
        UserForm submitted = form == null ? emptyForm() : form;
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                UserAccount updated = users.update(id, submitted);
                redirect.addFlashAttribute("flashKey", "user.flash.updated");
                redirect.addFlashAttribute("flashArg", updated.username());
                return "redirect:/admin/users";
            } catch (InvalidInputException e) {
                addProblems(errors, e.problems());
            } catch (ConflictException e) {
                conflict = true;
            }
        }
        response.setStatus(conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        return form(model, account, submitted, errors, conflict);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return setActive(id, version, false, redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return setActive(id, version, true, redirect);
    }

    private String setActive(long id, int version, boolean active, RedirectAttributes redirect) {
        try {
            UserAccount changed = users.setActive(id, version, active);
            redirect.addFlashAttribute("flashKey", active ? "user.flash.reactivated" : "user.flash.deactivated");
            redirect.addFlashAttribute("flashArg", changed.username());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errorKey", "common.conflict");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", "user.error.selfDeactivate");
        }
        return "redirect:/admin/users";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private String form(Model model, UserAccount account, UserForm form, Map<String, List<String>> errors,
            boolean conflict) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("countries", orgUnits.countries());
        model.addAttribute("partners", partners.all());
        return "user/form";
    }

    private Map<String, String> countryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (OrgUnit c : orgUnits.countries()) {
            names.put(c.code(), c.name());
        }
        return names;
    }

    private static UserForm emptyForm() {
        return new UserForm(null, null, null, null, null, null, null, null);
    }

    private static Map<String, List<String>> errors(BindingResult binding) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldError e : binding.getFieldErrors()) {
            String message = e.isBindingFailure() ? "has an invalid value" : e.getDefaultMessage();
            errors.computeIfAbsent(e.getField(), k -> new ArrayList<>()).add(message);
        }
        return errors;
    }

    private static void addProblems(Map<String, List<String>> errors, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            errors.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p.message());
        }
    }
}
