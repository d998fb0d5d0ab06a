package org.haven.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.core.PageResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the Action Plan list that keep the current filter: removable filter chips, sort headers, pager, exports.
 * Hrefs are relative to the context path (use with @{...}).
 */
record ActivityListView(PageResult<Activity> result, ActivityFilter filter, List<Chip> chips,
        Map<String, String> sortHrefs, String previousHref, String nextHref, String csvHref, String xlsxHref) {

    /** One active framework-node filter, with the link that removes it. */
    record Chip(String code, String label, String removeHref) {
    }

    static ActivityListView of(PageResult<Activity> result, ActivityFilter filter, Map<String, String> nodeTitles) {
        MultiValueMap<String, String> base = filter.toParams(true);
        List<Chip> chips = new ArrayList<>();
        for (String node : filter.nodes()) {
            MultiValueMap<String, String> without = copy(base);
            List<String> rest = new ArrayList<>(filter.nodes());
            rest.remove(node);
            without.remove("node");
            rest.forEach(n -> without.add("node", n));
            chips.add(new Chip(node, label(node, nodeTitles), href("/activities", without)));
        }
        for (String key : ActivityFilter.KIND_PARAMS) {
            String code = base.getFirst(key);
            if (code != null) {
                MultiValueMap<String, String> without = copy(base);
                without.remove(key);
                chips.add(new Chip(code, label(code, nodeTitles), href("/activities", without)));
            }
        }
        Map<String, String> sorts = new LinkedHashMap<>();
        for (ActivitySort s : ActivitySort.values()) {
            MultiValueMap<String, String> p = filter.toParams(false);
            p.add("sort", s.param());
            p.add("dir", s == filter.sort() && !filter.descending() ? "desc" : "asc");
            sorts.put(s.param(), href("/activities", p));
        }
        return new ActivityListView(result, filter, chips, sorts,
                result.hasPrevious() ? href("/activities", paged(base, result.page() - 1)) : null,
                result.hasNext() ? href("/activities", paged(base, result.page() + 1)) : null,
                href("/activities/export.csv", base), href("/activities/export.xlsx", base));
    }

    /** "asc", "desc" or null: how the column with this sort parameter is sorted now (for aria-sort). */
    public String direction(String sortParam) {
        return filter.sort().param().equals(sortParam) ? (filter.descending() ? "descending" : "ascending") : null;
    }

    private static String label(String code, Map<String, String> titles) {
        String title = titles.get(code);
        return title == null ? code : code + " " + title;
    }

    private static MultiValueMap<String, String> paged(MultiValueMap<String, String> base, int page) {
        MultiValueMap<String, String> p = copy(base);
        p.add("page", String.valueOf(page));
        return p;
    }

    private static MultiValueMap<String, String> copy(MultiValueMap<String, String> m) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        m.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    static String href(String path, MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath(path).queryParams(params).encode().build().toUriString();
    }
}
