package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.ViolationCode;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports violations from inside a validator: at a path below the validated object (such as
 * {@code claims[3].attributions[0].quote}), with a stable code and a message that is never interpolated.
 *
 * <p>One validator reports at most {@value #LIMIT} violations on one object (the default problem limit of a read):
 * the violations after those are counted, not built, and the verdict adds one violation that says how many went
 * unreported. So a document with 20,000 broken references costs a count, not 20,000 messages and property paths.
 */
final class ConstraintReport {

  /** The most violations one validator reports on one object. */
  static final int LIMIT = 1000;

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private final ConstraintValidatorContext context;
  private boolean violated;
  private int reported;
  private int unreported;
  private ViolationCode unreportedCode;

  ConstraintReport(ConstraintValidatorContext context) {
    this.context = context;
  }

  /**
   * Returns {@code true} if no violation was reported: the validator's verdict. If violations went unreported past
   * the {@link #LIMIT}, first reports how many, on the validated object, with the code of the first of them.
   */
  boolean isValid() {
    if (unreported > 0) {
      int count = unreported;
      unreported = 0;
      build(unreportedCode, "", count + " more violations of this rule are not listed: a rule reports at most "
          + LIMIT + " violations on one object");
    }
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
    if (reported == LIMIT) {
      if (unreported++ == 0) {
        unreportedCode = code;
      }
      return;
    }
    reported++;
    build(code, path, message);
  }

  private void build(ViolationCode code, String path, String message) {
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
