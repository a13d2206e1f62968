package io.holdfast.kit.web;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(before = WebMvcAutoConfiguration.class)
public class WebKitAutoConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(ObjectProvider<Tracer> tracer) {
        return new ProblemDetailsAdvice(tracer);
    }

    /** Registered by Boot into the mapper every request body is read with. */
    @Bean
    tools.jackson.databind.JacksonModule saneRangesModule() {
        return SaneRanges.jacksonModule();
    }

    /** Request parameters' dates and times are ISO and inside the years, as bodies' are. */
    @Bean
    org.springframework.web.servlet.config.annotation.WebMvcConfigurer saneRangeParameters() {
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void addFormatters(org.springframework.format.FormatterRegistry registry) {
                SaneRanges.addParameterConverters(registry);
            }
        };
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(Environment env, JsonMapper json) {
        DataSize limit = env.getProperty("holdfast.web.max-body-size", DataSize.class, DataSize.ofKilobytes(256));
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(limit.toBytes(), new ProblemResponses(json)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
