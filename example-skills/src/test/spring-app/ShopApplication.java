package dev.skillpack.examples.springapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The part of the shop that the reference leaves to the application: the Boot entry point and two
 * users. Everything security-related comes from the reference's code blocks, compiled beside this file
 * into the same package. The users' passwords are hashed by the reference's PasswordEncoder bean.
 */
@SpringBootApplication
class ShopApplication {
    static final String ALICE_PASSWORD = "alice-long-passphrase-for-tests";
    static final String BOB_PASSWORD = "bob-long-passphrase-for-tests";

    @Bean
    UserDetailsService users(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password(encoder.encode(ALICE_PASSWORD)).roles("USER").build(),
                User.withUsername("bob").password(encoder.encode(BOB_PASSWORD)).roles("USER").build());
    }
}
