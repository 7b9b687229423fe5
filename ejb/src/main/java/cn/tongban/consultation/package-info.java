/**
 * Service consultation (服务咨询, 第四、二十二条): anyone asks a question on a matter — a signed-in applicant
 * under their account, a visitor under a name with a consultation number and a one-time access code; the
 * owning department answers; its business owner publishes the pair to the matter's public FAQ. Whatever is
 * published is first screened for prohibited terms and held for the service office's review if it contains
 * any (第二十三条(一), {@link cn.tongban.moderation}). Questions are private until published: only the asker
 * and the owning department read them (第二十三条(四)).
 */
package cn.tongban.consultation;
