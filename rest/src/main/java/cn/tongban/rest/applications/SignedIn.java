package cn.tongban.rest.applications;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource's operations need a signed-in caller ({@link SignedInFilter}). The servlet constraint cannot say
 * so for {@code /v1/applications/*} any more, because the public status lookup
 * ({@code /v1/applications/{receiptNumber}/status}) lives under the same path.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {
}
