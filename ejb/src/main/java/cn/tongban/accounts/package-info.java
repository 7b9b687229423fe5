/**
 * Who uses the platform: applicants (persons and enterprises), the staff of each department with their
 * roles, and partner systems. The accounts are also the Elytron JDBC realm's tables, so a password is
 * only ever stored as a bcrypt hash the realm can verify.
 */
package cn.tongban.accounts;
