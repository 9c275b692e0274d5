package io.github.geoclaims.spring.boot;

import io.github.geoclaims.jackson3.GeoClaimsModule3;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link GeoClaimsModule3} as a bean, which Boot's {@link JacksonAutoConfiguration} adds to the
 * application's {@link JsonMapper}: every model type, {@code TimePoint} and vocabulary then reads and writes in
 * the geoclaims wire format wherever Boot's mapper is used (Spring MVC bodies, {@code RestClient}, ...), also when
 * {@code spring.jackson.find-and-add-modules} is off.
 *
 * <p>The module maps without validating, as databind always does; {@code @Valid} on the parameter enforces the
 * model's rules through Boot's validator. Declare a {@code GeoClaimsModule3} bean of your own to replace this one.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({JsonMapper.class, GeoClaimsModule3.class})
public class GeoClaimsJacksonAutoConfiguration {

  /** Created by Spring. */
  public GeoClaimsJacksonAutoConfiguration() {}

  /**
   * Returns the geoclaims Jackson 3 module, which Boot's Jackson auto-configuration registers with its mapper.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public GeoClaimsModule3 geoClaimsModule3() {
    return new GeoClaimsModule3();
  }
}
