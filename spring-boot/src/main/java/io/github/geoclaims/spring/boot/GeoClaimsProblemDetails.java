package io.github.geoclaims.spring.boot;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.spi.ModelCodec;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns the failures of a geoclaims request body into RFC 9457 problem details: a body that cannot be read
 * (malformed JSON, a wrong type, any problem {@code GeoClaimsJson} reports) and a body that breaks the model's rules
 * under {@code @Valid} are {@code 400 Bad Request} with a {@value #PROBLEMS} member listing every {@link BodyProblem};
 * a body of a content type no converter reads is Spring's own {@code 415 Unsupported Media Type}.
 *
 * <p>{@link GeoClaimsProblemResolver} uses it; an {@code @ExceptionHandler} of your own can too:
 *
 * <pre>{@code
 * @ExceptionHandler(MethodArgumentNotValidException.class)
 * ProblemDetail invalid(MethodArgumentNotValidException e) {
 *   return GeoClaimsProblemDetails.forException(e).orElseGet(() -> ProblemDetail.forStatus(400));
 * }
 * }</pre>
 */
public final class GeoClaimsProblemDetails {

  /** The name of the problem detail's member that lists the {@link BodyProblem}s. */
  public static final String PROBLEMS = "problems";

  private GeoClaimsProblemDetails() {}

  /**
   * Returns whether a handler method takes a geoclaims model type as its request body, directly or as a type
   * argument ({@code List<Claim>}, {@code HttpEntity<ClaimDocument>}).
   *
   * <pre>{@code
   * if (handler instanceof HandlerMethod method && GeoClaimsProblemDetails.takesModelBody(method)) { ... }
   * }</pre>
   *
   * @param method the handler method
   * @return {@code true} if a {@code @RequestBody} parameter (or an {@code HttpEntity} one) holds a model type
   */
  public static boolean takesModelBody(HandlerMethod method) {
    for (MethodParameter parameter : method.getMethodParameters()) {
      ResolvableType type = ResolvableType.forMethodParameter(parameter);
      boolean body = parameter.hasParameterAnnotation(RequestBody.class)
          || HttpEntity.class.isAssignableFrom(parameter.getParameterType());
      if (body && holdsModelType(type, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the problem detail of a failure of a geoclaims request body: {@link HttpMessageNotReadableException}
   * and {@link MethodArgumentNotValidException} (or, where Spring validates the method's parameters, a
   * {@link HandlerMethodValidationException} whose every error is in a model body) give {@code 400} with the
   * {@value #PROBLEMS} member, {@link HttpMediaTypeNotSupportedException} gives Spring's {@code 415}. The {@code instance} is left for the
   * caller, who knows the request.
   *
   * <pre>{@code
   * ProblemDetail problem = GeoClaimsProblemDetails.forException(e).orElseThrow();
   * List<BodyProblem> problems = (List<BodyProblem>) problem.getProperties().get(GeoClaimsProblemDetails.PROBLEMS);
   * }</pre>
   *
   * @param failure the exception Spring MVC raised
   * @return the problem detail, or empty for any other exception
   */
  public static Optional<ProblemDetail> forException(Exception failure) {
    if (failure instanceof MethodArgumentNotValidException invalid) {
      List<BodyProblem> problems = problemsOf(invalid.getBindingResult());
      String type = invalid.getParameter().getParameterType().getSimpleName();
      return Optional.of(badRequest("Invalid " + type,
          "The " + type + " breaks " + count(problems.size(), "rule") + " of the geoclaims model.", problems));
    }
    if (failure instanceof HandlerMethodValidationException methodInvalid && onlyModelBodies(methodInvalid)) {
      List<BodyProblem> problems = new ArrayList<>();
      String type = "request body";
      for (ParameterValidationResult result : methodInvalid.getParameterValidationResults()) {
        problems.addAll(problemsOf((ParameterErrors) result));
        type = result.getMethodParameter().getParameterType().getSimpleName();
      }
      return Optional.of(badRequest("Invalid " + type,
          "The " + type + " breaks " + count(problems.size(), "rule") + " of the geoclaims model.", problems));
    }
    if (failure instanceof HttpMessageNotReadableException unreadable) {
      List<BodyProblem> problems = problemsOf(unreadable);
      return Optional.of(badRequest("Unreadable request body",
          "The request body cannot be read: " + count(problems.size(), "problem") + ".", problems));
    }
    if (failure instanceof HttpMediaTypeNotSupportedException unsupported) {
      return Optional.of(unsupported.getBody());
    }
    return Optional.empty();
  }

  /**
   * Returns the problems of a request body that could not be read: those of the {@link GeoClaimsJsonException}
   * the geoclaims Jackson module reported, each pointer placed in the whole body; otherwise one problem for the
   * malformed JSON, the wrong type or the missing body.
   *
   * @param unreadable the exception
   * @return at least one problem
   */
  static List<BodyProblem> problemsOf(HttpMessageNotReadableException unreadable) {
    JacksonException jackson = causeOf(unreadable, JacksonException.class);
    String base = jackson == null ? "" : pointerOf(jackson.getPath());
    GeoClaimsJsonException geoclaims = causeOf(unreadable, GeoClaimsJsonException.class);
    if (geoclaims != null) {
      List<BodyProblem> problems = new ArrayList<>();
      for (JsonProblem problem : geoclaims.getProblems()) {
        problems.add(new BodyProblem(base + problem.pointer(), problem.code(), problem.message()));
      }
      return problems;
    }
    if (jackson instanceof UnexpectedEndOfInputException) {
      return List.of(new BodyProblem(base, "json.syntax",
          "Unexpected end of input: the request body is truncated"));
    }
    if (jackson instanceof StreamReadException) {
      return List.of(new BodyProblem(base, "json.syntax", "Malformed JSON: " + jackson.getOriginalMessage()));
    }
    if (jackson != null) {
      return List.of(new BodyProblem(base, "json.type", jackson.getOriginalMessage()));
    }
    String message = unreadable.getMessage();
    if (message != null && message.startsWith("Required request body is missing")) {
      return List.of(new BodyProblem("", "json.empty", "The request body is empty: expected a JSON document"));
    }
    return List.of(new BodyProblem("", "json.syntax", "The request body cannot be read as JSON"));
  }

  /**
   * Returns the problems of a body that {@code @Valid} rejected: each Jakarta violation with its geoclaims code
   * and the pointer of its value, in {@code GeoClaimsValidator}'s order; then any error that a Spring
   * {@code Validator} of the application added, with its field as a pointer and its error code.
   *
   * @param errors the errors of the body
   * @return the problems
   */
  static List<BodyProblem> problemsOf(Errors errors) {
    Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
    List<BodyProblem> others = new ArrayList<>();
    for (ObjectError error : errors.getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        violations.add(error.unwrap(ConstraintViolation.class));
      } else {
        String pointer = error instanceof FieldError field ? Violation.pointerOf(field.getField()) : "";
        String code = error.getCode() == null ? "other" : error.getCode();
        String message = error.getDefaultMessage() == null ? code : error.getDefaultMessage();
        others.add(new BodyProblem(pointer, code, message));
      }
    }
    String prefix = violations.isEmpty() ? "" : parameterPrefix(violations.iterator().next());
    List<BodyProblem> problems = new ArrayList<>();
    for (Violation violation : GeoClaimsValidator.toViolations(violations)) {
      String path = violation.path();
      if (!prefix.isEmpty() && path.startsWith(prefix)) {
        path = path.substring(path.startsWith(prefix + ".") ? prefix.length() + 1 : prefix.length());
      }
      problems.add(new BodyProblem(Violation.pointerOf(path), violation.code().code(), violation.message()));
    }
    problems.addAll(others);
    return problems;
  }

  /**
   * Returns the part of a violation's path that names the method and its parameter ({@code checked.arg0}) where
   * Spring validated the method's parameters, {@code ""} where it validated the body as a bean.
   */
  private static String parameterPrefix(ConstraintViolation<?> violation) {
    StringBuilder prefix = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER) {
        break;
      }
      prefix.append(prefix.length() == 0 ? "" : ".").append(node.getName());
    }
    return prefix.toString();
  }

  /** Whether every parameter that failed is a request body holding a model type, validated as a bean. */
  private static boolean onlyModelBodies(HandlerMethodValidationException failure) {
    List<ParameterValidationResult> results = failure.getParameterValidationResults();
    return !results.isEmpty() && results.stream().allMatch(result -> result instanceof ParameterErrors
        && result.getMethodParameter().hasParameterAnnotation(RequestBody.class)
        && holdsModelType(ResolvableType.forMethodParameter(result.getMethodParameter()), 0));
  }

  private static ProblemDetail badRequest(String title, String detail, List<BodyProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle(title);
    problem.setProperty(PROBLEMS, List.copyOf(problems));
    return problem;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Returns the JSON Pointer of Jackson's path from the root value to where it failed. */
  private static String pointerOf(List<JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      pointer.append('/');
      if (reference.getPropertyName() != null) {
        pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static boolean holdsModelType(ResolvableType type, int depth) {
    Class<?> raw = type.resolve();
    if (raw != null && ModelCodec.types().contains(raw)) {
      return true;
    }
    if (depth < 4) {
      for (ResolvableType argument : type.getGenerics()) {
        if (holdsModelType(argument, depth + 1)) {
          return true;
        }
      }
      if (type.isArray()) {
        return holdsModelType(type.getComponentType(), depth + 1);
      }
    }
    return false;
  }
}
