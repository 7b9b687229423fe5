/**
 * The public status lookup (结果反馈, 第四、十三条): anyone holding an application's receipt number and query code
 * reads its status and public timeline without signing in. A wrong code answers exactly as an unknown number
 * does, and repeated failures from one address or on one receipt number are refused for a while (第二十一条).
 */
package cn.tongban.lookup;
