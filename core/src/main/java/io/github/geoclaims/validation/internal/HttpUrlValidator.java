package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;

/** Validates {@link HttpUrl}: an absolute URI with scheme {@code http} or {@code https} and a host. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

  /** Creates the validator; Jakarta Validation calls this. */
  public HttpUrlValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
