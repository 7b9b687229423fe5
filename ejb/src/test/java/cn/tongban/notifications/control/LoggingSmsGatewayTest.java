package cn.tongban.notifications.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoggingSmsGatewayTest {

    @Test
    void theLogShowsOnlyTheFirstThreeAndLastFourDigits() {
        assertEquals("138****8000", LoggingSmsGateway.masked("13800138000"));
        assertEquals("138****8000", LoggingSmsGateway.masked(" 13800138000 "));
        assertEquals("*****", LoggingSmsGateway.masked("12345"));
        assertEquals("", LoggingSmsGateway.masked(null));
    }
}
