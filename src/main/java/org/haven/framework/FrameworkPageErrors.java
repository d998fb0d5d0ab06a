package org.haven.framework;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An unknown node code on a framework page answers with the 404 error page. */
@ControllerAdvice(assignableTypes = {FrameworkController.class, FrameworkEditController.class})
class FrameworkPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
