package io.github.geoclaims.boot3;

import io.github.geoclaims.jackson.GeoClaimsModule;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.validation.GeoClaimsValidator;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** geoclaims in a Spring Boot 3 application (Jackson 2): the module, and problem details with JSON Pointers. */
@Configuration(proxyBeanMethods = false)
public class GeoClaimsBoot3Configuration {

  /** Boot 3 adds every Jackson Module bean to its ObjectMapper (it does not use ServiceLoader). */
  @Bean
  GeoClaimsModule geoClaimsModule() {
    return new GeoClaimsModule();
  }

  /** RFC 9457 problem details for Spring MVC's errors (415 included), with a problems list for geoclaims bodies. */
  @RestControllerAdvice
  static class GeoClaimsProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
      Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
      e.getAllErrors().stream().filter(error -> error.contains(ConstraintViolation.class))
          .forEach(error -> violations.add(error.unwrap(ConstraintViolation.class)));
      List<Map<String, String>> problems = GeoClaimsValidator.toViolations(violations).stream()
          .map(v -> Map.of("pointer", v.pointer(), "code", v.code().code(), "message", v.message()))
          .toList();
      return problems.isEmpty() ? super.handleMethodArgumentNotValid(e, headers, status, request)
          : ResponseEntity.badRequest().body(problemDetail("The document breaks the model's rules.", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof GeoClaimsJsonException unreadable) {
          List<Map<String, String>> problems = unreadable.getProblems().stream()
              .map(p -> Map.of("pointer", p.pointer(), "code", p.code(), "message", p.message()))
              .toList();
          return ResponseEntity.badRequest().body(problemDetail("The document cannot be read.", problems));
        }
      }
      String detail = "The request body cannot be read: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage();
      return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    private static ProblemDetail problemDetail(String detail, List<Map<String, String>> problems) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
      problem.setProperty("problems", problems);
      return problem;
    }
  }
}
