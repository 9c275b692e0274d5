package io.github.geoclaims.validation.validators;

import io.github.geoclaims.validation.ViolationCode;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports violations from inside a validator: at a path below the validated object (such as
 * {@code claims[3].attributions[0].quote}), with a stable code and a message that is never interpolated.
 */
final class ConstraintReport {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private final ConstraintValidatorContext context;
  private boolean violated;

  ConstraintReport(ConstraintValidatorContext context) {
    this.context = context;
  }

  /** Returns {@code true} if no violation was reported: the validator's verdict. */
  boolean isValid() {
    return !violated;
  }

  /**
   * Reports one violation.
   *
   * @param code the stable code
   * @param path the path below the validated object, {@code ""} for the object itself
   * @param message the message, used literally
   */
  void add(ViolationCode code, String path, String message) {
    if (!violated) {
      context.disableDefaultConstraintViolation();
      violated = true;
    }
    if (context instanceof HibernateConstraintValidatorContext) {
      ((HibernateConstraintValidatorContext) context).withDynamicPayload(code);
    }
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(literal(message));
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    List<String[]> segments = parse(path);
    NodeBuilderCustomizableContext first = builder.addPropertyNode(segments.get(0)[0]);
    Object node = first;
    String index = segments.get(0)[1];
    for (String[] segment : segments.subList(1, segments.size())) {
      NodeBuilderCustomizableContext added = node instanceof NodeBuilderCustomizableContext
          ? ((NodeBuilderCustomizableContext) node).addPropertyNode(segment[0])
          : ((NodeBuilderDefinedContext) node).addPropertyNode(segment[0]);
      node = index == null ? added : added.inIterable().atIndex(Integer.valueOf(index));
      index = segment[1];
    }
    if (index != null) {
      (node instanceof NodeBuilderCustomizableContext
              ? ((NodeBuilderCustomizableContext) node).addBeanNode()
              : ((NodeBuilderDefinedContext) node).addBeanNode())
          .inIterable().atIndex(Integer.valueOf(index)).addConstraintViolation();
    } else if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    }
  }

  private static List<String[]> parse(String path) {
    List<String[]> segments = new ArrayList<>();
    for (String part : path.split("\\.")) {
      Matcher matcher = SEGMENT.matcher(part);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("Not a property path segment: " + part);
      }
      segments.add(new String[] {matcher.group(1), matcher.group(2)});
    }
    return segments;
  }

  /** Escapes a message so that the interpolator leaves it as it is. */
  private static String literal(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }

  /** Returns a value quoted for a message, shortened if it is long. */
  static String quoted(String value) {
    String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    return "'" + shown + "'";
  }
}
