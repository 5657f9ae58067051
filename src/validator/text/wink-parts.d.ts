// The model's parts are internal to wink: wink-nlp's `Model` types each of them as unknown.
declare module 'wink-eng-lite-web-model/dist/*' {
  const part: unknown;
  export default part;
}
