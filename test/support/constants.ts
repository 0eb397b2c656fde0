/** Size and seed of the data set every integration test starts from. */
export const TEST_ORDERS = 1200;
export const TEST_SEED = 20221001;
