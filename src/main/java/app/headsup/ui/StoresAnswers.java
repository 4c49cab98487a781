package app.headsup.ui;

/**
 * A public page where what is entered is kept (the therapists' sign-in). The footer then says what is
 * stored and for whom, instead of the public check's "nothing is stored".
 */
public interface StoresAnswers {

    String storageNote();
}
