package org.praxis.app.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How a person hears of their notifications by e-mail: not at all ({@code NONE}, the default), each round as they
 * come ({@code IMMEDIATE}, every {@code praxis.mail.interval}), or in one digest a day ({@code DAILY}), at
 * {@code email}. {@code mailAvailable} says whether this server sends e-mail at all ({@code spring.mail.host}).
 */
public record NotificationSettings(String email, Delivery delivery, boolean mailAvailable) {

    static final int MAX_EMAIL = 320;

    public enum Delivery { NONE, IMMEDIATE, DAILY }

    /**
     * The settings asked for, checked: a delivery other than {@code NONE} needs a valid address.
     *
     * @throws IllegalArgumentException for a missing delivery, or a missing, overlong or malformed address
     */
    static NotificationSettings checked(String email, Delivery delivery, boolean mailAvailable) {
        if (delivery == null) {
            throw new IllegalArgumentException("delivery is NONE, IMMEDIATE or DAILY");
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address == null) {
            if (delivery != Delivery.NONE) {
                throw new IllegalArgumentException("an e-mail address is needed to receive notifications by e-mail");
            }
            return new NotificationSettings(null, delivery, mailAvailable);
        }
        if (address.length() > MAX_EMAIL) {
            throw new IllegalArgumentException("an e-mail address has at most " + MAX_EMAIL + " characters");
        }
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("'" + address + "' is not an e-mail address");
        }
        return new NotificationSettings(address, delivery, mailAvailable);
    }
}
