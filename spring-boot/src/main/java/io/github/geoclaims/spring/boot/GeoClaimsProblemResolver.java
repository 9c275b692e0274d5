package io.github.geoclaims.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the failures of a handler method that takes a geoclaims model type as its request body with an RFC 9457
 * {@code application/problem+json} response, as {@link GeoClaimsProblemDetails} describes them; returns
 * {@code null} for every other handler and exception, so that Spring and the application's own handlers answer
 * those as before.
 *
 * <p>It runs before Spring MVC's own resolvers ({@link #ORDER}), so an {@code @ExceptionHandler} of the
 * application does not see these failures of geoclaims bodies: to answer them yourself, declare a bean of this type
 * (a subclass, say) or set {@code geoclaims.web.problem-details.enabled=false}.
 *
 * <pre>{@code
 * HTTP/1.1 400
 * Content-Type: application/problem+json
 *
 * {"title":"Invalid ClaimDocument","status":400,
 *  "detail":"The ClaimDocument breaks 1 rule of the geoclaims model.","instance":"/documents",
 *  "problems":[{"pointer":"/claims/0/participants/0/actor","code":"reference.unresolved","message":"..."}]}
 * }</pre>
 */
public class GeoClaimsProblemResolver implements HandlerExceptionResolver, Ordered {

  /** The order: after Boot's {@code DefaultErrorAttributes}, before Spring MVC's exception resolvers (0). */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  private final JsonMapper mapper;

  /**
   * Creates a resolver that writes problem details with the given mapper.
   *
   * @param mapper the JSON mapper
   */
  public GeoClaimsProblemResolver(JsonMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * Writes the problem detail of a failed geoclaims request body and returns an empty model and view; returns
   * {@code null} for another handler or another exception.
   *
   * @param request the request
   * @param response the response
   * @param handler the handler, a {@link HandlerMethod} for annotated controllers, or {@code null}
   * @param failure the exception
   * @return an empty model and view if the response was written, else {@code null}
   */
  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception failure) {
    if (!(handler instanceof HandlerMethod method) || !GeoClaimsProblemDetails.takesModelBody(method)
        || response.isCommitted()) {
      return null;
    }
    Optional<ProblemDetail> problem = GeoClaimsProblemDetails.forException(failure);
    if (problem.isEmpty()) {
      return null;
    }
    ProblemDetail detail = problem.get();
    if (detail.getInstance() == null) {
      detail.setInstance(URI.create(request.getRequestURI()));
    }
    HttpHeaders headers = failure instanceof ErrorResponse error ? error.getHeaders() : HttpHeaders.EMPTY;
    write(response, detail, headers);
    return new ModelAndView();
  }

  /**
   * Returns {@link #ORDER}.
   *
   * @return the order
   */
  @Override
  public int getOrder() {
    return ORDER;
  }

  /**
   * Writes the problem detail as {@code application/problem+json}: its standard members, then its properties.
   *
   * @param response the response
   * @param detail the problem detail
   * @param headers headers the failure asks for (such as {@code Accept} for a 415)
   */
  protected void write(HttpServletResponse response, ProblemDetail detail, HttpHeaders headers) {
    response.setStatus(detail.getStatus());
    headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    try {
      response.getOutputStream().write(mapper.writeValueAsBytes(members(detail)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> members(ProblemDetail detail) {
    Map<String, Object> members = new LinkedHashMap<>();
    if (detail.getType() != null) {
      members.put("type", detail.getType().toString());
    }
    if (detail.getTitle() != null) {
      members.put("title", detail.getTitle());
    }
    members.put("status", detail.getStatus());
    if (detail.getDetail() != null) {
      members.put("detail", detail.getDetail());
    }
    if (detail.getInstance() != null) {
      members.put("instance", detail.getInstance().toString());
    }
    if (detail.getProperties() != null) {
      detail.getProperties().forEach((name, value) -> members.put(name, plain(value)));
    }
    return members;
  }

  /** Writes {@link BodyProblem}s as plain objects, whatever the mapper's settings for records. */
  private static Object plain(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(GeoClaimsProblemResolver::plain).toList();
    }
    if (value instanceof BodyProblem problem) {
      Map<String, String> members = new LinkedHashMap<>();
      members.put("pointer", problem.pointer());
      members.put("code", problem.code());
      members.put("message", problem.message());
      return members;
    }
    return value;
  }
}
