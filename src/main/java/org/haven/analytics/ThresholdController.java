package org.haven.analytics;

import org.haven.core.FormSubmission;
import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The status thresholds page: every indicator with the percent of target from which it is on track or at risk (its
 * own or the defaults), and a form per indicator for ADMIN and MEL_OFFICER to change them or go back to the defaults.
 */
@Controller
class ThresholdController {

    private final ThresholdService service;

    ThresholdController(ThresholdService service) {
        this.service = service;
    }

    @GetMapping("/analytics/thresholds")
    String list(Model model) {
        model.addAttribute("entries", service.entries());
        model.addAttribute("defaultOnTrack", plain(StatusThresholds.DEFAULT.onTrack()));
        model.addAttribute("defaultAtRisk", plain(StatusThresholds.DEFAULT.atRisk()));
        model.addAttribute("canEdit", service.canEdit());
        return "analytics/thresholds";
    }

    @GetMapping("/analytics/thresholds/{code}")
    String form(@PathVariable String code, Model model) {
        ThresholdService.Entry e = service.entry(code);
        return form(model, e, plain(e.thresholds().onTrack()), plain(e.thresholds().atRisk()), e.version());
    }

    @PostMapping("/analytics/thresholds/{code}")
    String save(@PathVariable String code, @RequestParam(required = false) String onTrack,
            @RequestParam(required = false) String atRisk, @RequestParam(defaultValue = "-1") int version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ThresholdService.Entry e = service.entry(code);
        return FormSubmission.save(model, response, () -> {
            service.save(code, onTrack, atRisk, version);
            redirect.addFlashAttribute("flash", "threshold.saved");
            return "redirect:/analytics/thresholds#t-" + code;
        }, () -> form(model, e, onTrack, atRisk, version));
    }

    @PostMapping("/analytics/thresholds/{code}/reset")
    String reset(@PathVariable String code, @RequestParam(defaultValue = "-1") int version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ThresholdService.Entry e = service.entry(code);
        return FormSubmission.save(model, response, () -> {
            service.reset(code, version);
            redirect.addFlashAttribute("flash", "threshold.reset");
            return "redirect:/analytics/thresholds#t-" + code;
        }, () -> form(model, e, plain(e.thresholds().onTrack()), plain(e.thresholds().atRisk()), e.version()));
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.NOT_FOUND);
        mv.addObject("status", 404);
        return mv;
    }

    private String form(Model model, ThresholdService.Entry e, String onTrack, String atRisk, int version) {
        model.addAttribute("entry", e);
        model.addAttribute("onTrack", onTrack);
        model.addAttribute("atRisk", atRisk);
        model.addAttribute("version", version);
        model.addAttribute("canEdit", service.canEdit());
        return "analytics/threshold-form";
    }

    static String plain(double v) {
        return AnalyticsTable.number(v);
    }
}
