package org.haven.demo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Admin > Demo data: what demo data there is, per owner, and one action that removes all of it. */
@Controller
class DemoDataController {

    private final DemoDataService service;

    DemoDataController(DemoDataService service) {
        this.service = service;
    }

    @GetMapping("/admin/demo")
    String page(Model model) {
        model.addAttribute("owners", service.counts());
        model.addAttribute("total", service.counts().stream().mapToLong(DemoDataService.OwnerCount::count).sum());
        return "demo/admin";
    }

    @PostMapping("/admin/demo/remove")
    String remove(@RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!confirm) {
            response.setStatus(400);
            model.addAttribute("confirmError", true);
            return page(model);
        }
        redirect.addFlashAttribute("removed", service.removeAll());
        return "redirect:/admin/demo";
    }
}
