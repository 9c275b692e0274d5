package io.github.geoclaims.benchmarks;

import io.github.geoclaims.jackson.Jackson2Backend;
import io.github.geoclaims.jackson3.Jackson3Backend;
import io.github.geoclaims.json.GeoClaimsJson;

/**
 * The {@link GeoClaimsJson} instances the benchmarks measure, each with its backend named. Both backends are on the
 * benchmarks' class path, where {@code GeoClaimsJson.standard()} would pick Jackson 3; the baselines
 * ({@code plainRead}, {@code plainWrite}, {@code scan}) are Jackson 2, so every geoclaims benchmark measures the
 * Jackson 2 backend, with the default limits and validation, except {@code read3}.
 *
 * <pre>{@code
 * ClaimDocument document = Facades.JACKSON2.read(bytes);
 * }</pre>
 */
public final class Facades {

  /** Jackson 2, validating: what {@code GeoClaimsJson.standard()} is with {@code geoclaims-jackson} alone. */
  public static final GeoClaimsJson JACKSON2 = GeoClaimsJson.builder().backend(new Jackson2Backend()).build();

  /** Jackson 2, the JSON structure checked but not the model's rules. */
  public static final GeoClaimsJson JACKSON2_UNVALIDATED = GeoClaimsJson.builder().backend(new Jackson2Backend())
      .validate(false).build();

  /** Jackson 3, validating: what {@code GeoClaimsJson.standard()} is with {@code geoclaims-jackson3}. */
  public static final GeoClaimsJson JACKSON3 = GeoClaimsJson.builder().backend(new Jackson3Backend()).build();

  private Facades() {}
}
