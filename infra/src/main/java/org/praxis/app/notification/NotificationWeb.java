package org.praxis.app.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the {@link DiscussionPanel} under the item pages. */
@Configuration
class NotificationWeb implements WebMvcConfigurer {

    private final DiscussionPanel panel;

    NotificationWeb(DiscussionPanel panel) {
        this.panel = panel;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(panel).addPathPatterns("/practices/*", "/lessons/*", "/documents/*");
    }
}
