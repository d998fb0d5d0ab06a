package org.haven.learning;

import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The learning pages answer an unknown evaluation, lesson, recommendation or node with 404, a bad filter with 400. */
@ControllerAdvice(assignableTypes = {LearningController.class, EvaluationController.class, LessonController.class,
        RecommendationController.class})
class LearningPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.NOT_FOUND);
        mv.addObject("status", 404);
        return mv;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        mv.addObject("status", 400);
        return mv;
    }
}
