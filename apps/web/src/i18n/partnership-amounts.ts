// What the city's money is called under each form of partnership (委託料, 補助金, 負担金 …): the API's own table.
export { PARTNERSHIP_AMOUNT_NAMES } from '../../../../libs/platform/src/partnership-form';
