package io.github.geoclaims.spring.boot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a Spring MVC application, answers a failed geoclaims request body with an RFC 9457 problem detail: registers
 * {@link GeoClaimsProblemResolver}, which handles the failures of handler methods that take a geoclaims model type
 * as their {@code @RequestBody} and leaves every other handler's to Spring.
 *
 * <p>Off with {@code geoclaims.web.problem-details.enabled=false}; replaced by a {@link GeoClaimsProblemResolver}
 * bean of your own.
 */
@AutoConfiguration(after = {GeoClaimsJacksonAutoConfiguration.class, JacksonAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, JsonMapper.class})
@ConditionalOnBooleanProperty(name = "geoclaims.web.problem-details.enabled", matchIfMissing = true)
public class GeoClaimsWebMvcAutoConfiguration {

  /** Created by Spring. */
  public GeoClaimsWebMvcAutoConfiguration() {}

  /**
   * Returns the resolver that writes problem details, with the application's {@link JsonMapper} (or Jackson's
   * shared one where the application has none).
   *
   * @param mapper the application's JSON mapper
   * @return the resolver
   */
  @Bean
  @ConditionalOnMissingBean
  public GeoClaimsProblemResolver geoClaimsProblemResolver(ObjectProvider<JsonMapper> mapper) {
    return new GeoClaimsProblemResolver(mapper.getIfAvailable(JsonMapper::shared));
  }
}
