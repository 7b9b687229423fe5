/**
 * Demo data for a laptop and for the tests: the sample catalogue and one account per role. Off unless
 * {@code tongban.demo.enabled} is true, so a production server never gets demo passwords.
 */
package cn.tongban.demo;
