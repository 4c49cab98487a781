package app.headsup.ui;

/**
 * A public page whose answers are kept (a client's pre-fill for their therapist). The footer then says
 * what is stored and for whom, instead of the public check's "nothing is stored".
 */
public interface StoresAnswers {

    String storageNote();
}
