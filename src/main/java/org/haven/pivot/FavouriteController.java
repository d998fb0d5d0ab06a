package org.haven.pivot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.core.FieldProblem;
import org.haven.core.FormSubmission;
import org.haven.core.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's favourites (save from the pivot page, rename, share, delete) and their personal dashboard. */
@Controller
class FavouriteController {

    private final FavouriteService favourites;
    private final PivotService pivots;
    private final PivotChart chart;

    FavouriteController(FavouriteService favourites, PivotService pivots, PivotChart chart) {
        this.favourites = favourites;
        this.pivots = pivots;
        this.chart = chart;
    }

    @GetMapping("/me/favourites")
    String list(Model model) {
        model.addAttribute("mine", favourites.mine());
        model.addAttribute("shared", favourites.sharedWithMe());
        return "pivot/favourites";
    }

    /** Saves the pivot page's selection ({@code query}: its query string) as a favourite. */
    @PostMapping("/me/favourites")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "false") boolean shared, @RequestParam(defaultValue = "") String query,
            RedirectAttributes redirect) {
        PivotSelection selection = PivotSelections.from(params(query));
        try {
            Favourite saved = favourites.create(name, kind, selection, shared);
            redirect.addFlashAttribute("flash", "favourite.saved");
            return "redirect:/me/favourites#fav-" + saved.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("favouriteProblems", e.problems());
            return "redirect:" + PivotController.link("/pivot", selection) + "#favourite-form";
        }
    }

    @PostMapping("/me/favourites/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean shared, @RequestParam(required = false) Integer version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            favourites.update(id, name, shared, version);
            redirect.addFlashAttribute("flash", "favourite.changed");
            return "redirect:/me/favourites#fav-" + id;
        }, () -> {
            if (model.containsAttribute("problems")) {
                model.addAttribute("errorsFor", id);
            }
            return list(model);
        });
    }

    @PostMapping("/me/favourites/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            favourites.delete(id, version);
            redirect.addFlashAttribute("flash", "favourite.deleted");
            return "redirect:/me/favourites";
        }, () -> list(model));
    }

    /** Opens a favourite on the pivot page. */
    @GetMapping("/me/favourites/{id}")
    String open(@PathVariable long id) {
        return "redirect:" + favourites.get(id).href();
    }

    @GetMapping("/me/dashboard")
    String dashboard(Locale locale, Model model) {
        List<DashboardTile> tiles = new ArrayList<>();
        for (Favourite f : favourites.mine()) {
            tiles.add(tile(f, locale));
        }
        model.addAttribute("tiles", tiles);
        return "pivot/dashboard";
    }

    private DashboardTile tile(Favourite f, Locale locale) {
        try {
            PivotTable table = pivots.table(f.selection(), locale);
            String chartJson = f.kind() == Favourite.Kind.CHART && !table.empty()
                    ? chart.json(table, f.selection().chart() == PivotSelection.Chart.NONE
                            ? PivotSelection.Chart.BAR : f.selection().chart())
                    : null;
            return new DashboardTile(f, table, chartJson, List.of());
        } catch (InvalidInputException e) {
            return new DashboardTile(f, null, null, e.problems());
        }
    }

    /** Parses a query string into parameters (decoded). */
    static MultiValueMap<String, String> params(String query) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.add(key, value);
        }
        return out;
    }

    /** One favourite on the dashboard: its table (and chart data), or the problems that keep it from showing. */
    record DashboardTile(Favourite favourite, PivotTable table, String chartJson, List<FieldProblem> problems) {
    }
}
