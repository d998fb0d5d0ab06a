package org.haven.core;

import java.util.List;

/** One page of a longer list. Pages count from 1. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public PageResult {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
