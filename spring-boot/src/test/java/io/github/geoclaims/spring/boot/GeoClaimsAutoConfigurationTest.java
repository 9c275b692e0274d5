package io.github.geoclaims.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.jackson3.GeoClaimsModule3;
import io.github.geoclaims.model.TimePoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The conditions of the auto-configurations, each in a real application context of its own. */
class GeoClaimsAutoConfigurationTest {

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          GeoClaimsJacksonAutoConfiguration.class, GeoClaimsWebMvcAutoConfiguration.class));

  @Test
  void bothAutoConfigurationsAreListedForBoot() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
        .contains(GeoClaimsJacksonAutoConfiguration.class.getName(), GeoClaimsWebMvcAutoConfiguration.class.getName());
  }

  @Test
  void theModuleReachesBootsJsonMapperAlsoWithoutFindAndAddModules() {
    web.withPropertyValues("spring.jackson.find-and-add-modules=false").run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);

      assertThat(context).hasSingleBean(GeoClaimsModule3.class);
      assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(GeoClaimsModule3.class);
      assertThat(mapper.readValue("\"2024-01-09\"", TimePoint.class)).isEqualTo(TimePoint.parse("2024-01-09"));
    });
  }

  @Test
  void aModuleBeanOfTheApplicationReplacesTheStartersOne() {
    web.withUserConfiguration(OwnModule.class).run(context -> {
      assertThat(context).hasSingleBean(GeoClaimsModule3.class);
      assertThat(context.getBean(GeoClaimsModule3.class)).isSameAs(OwnModule.MODULE);
    });
  }

  @Test
  void theProblemResolverIsRegisteredInAServletApplication() {
    web.run(context -> assertThat(context).hasSingleBean(GeoClaimsProblemResolver.class));
  }

  @Test
  void aProblemResolverOfTheApplicationReplacesTheStartersOne() {
    web.withUserConfiguration(OwnResolver.class).run(context -> {
      assertThat(context).hasSingleBean(GeoClaimsProblemResolver.class);
      assertThat(context.getBean(GeoClaimsProblemResolver.class)).isSameAs(OwnResolver.RESOLVER);
    });
  }

  @Test
  void theProblemResolverIsOffWhenThePropertySaysSo() {
    web.withPropertyValues("geoclaims.web.problem-details.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(GeoClaimsProblemResolver.class);
      assertThat(context).hasSingleBean(GeoClaimsModule3.class);
    });
  }

  @Test
  void outsideAServletApplicationOnlyTheModuleIsRegistered() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
            GeoClaimsJacksonAutoConfiguration.class, GeoClaimsWebMvcAutoConfiguration.class))
        .run(context -> {
          assertThat(context).hasSingleBean(GeoClaimsModule3.class);
          assertThat(context).doesNotHaveBean(GeoClaimsProblemResolver.class);
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnModule {
    static final GeoClaimsModule3 MODULE = new GeoClaimsModule3();

    @Bean
    GeoClaimsModule3 ownModule() {
      return MODULE;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnResolver {
    static final GeoClaimsProblemResolver RESOLVER = new GeoClaimsProblemResolver(JsonMapper.shared());

    @Bean
    GeoClaimsProblemResolver ownResolver() {
      return RESOLVER;
    }
  }
}
