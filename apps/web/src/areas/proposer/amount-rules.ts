// The proposal form checks the requested amount by the very rule the API applies (libs/proposals), not a copy.
export { amountRefusal, type CallMoney } from '../../../../../libs/proposals/src/calls/call-money';
